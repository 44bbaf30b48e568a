import Foundation

/// Where the bundled dictionary files live at run time.
///
/// The TSV files sit in `Dictionaries/data/` and are copied into the package's resource
/// bundle, so the CLI finds them from any working directory.
public enum DictionaryResources {
    /// The folder holding the bundled `*.tsv` files.
    public static var directory: URL {
        Bundle.module.bundleURL.appendingPathComponent("data", isDirectory: true)
    }

    /// The URL of one bundled file, e.g. `abbreviations.tsv`.
    public static func url(named name: String) -> URL {
        directory.appendingPathComponent(name)
    }
}
