/// The 64-bit FNV-1a hash of UTF-8 bytes: the key under which the language model, the
/// lexicon filters and the quote dictionaries file words. The model's build script computes
/// the same function, so it must not change.
enum FNV1a {
    /// The hash of no bytes.
    static let empty: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash of some bytes followed by `byte`, from the hash of those bytes: the hash of a
    /// text continues the hash of its prefix.
    @inline(__always)
    static func appending(_ byte: UInt8, to value: UInt64) -> UInt64 {
        (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value = empty
        for byte in bytes { value = appending(byte, to: value) }
        return value
    }

    static func hash(_ string: String) -> UInt64 {
        var string = string
        return string.withUTF8 { hash($0) }
    }
}
