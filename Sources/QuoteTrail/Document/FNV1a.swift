/// The 64-bit FNV-1a hash of UTF-8 bytes: the key under which the language model, the
/// lexicon filters and the quote dictionaries file words. The model's build script computes
/// the same function, so it must not change.
enum FNV1a {
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return value
    }

    static func hash(_ string: String) -> UInt64 {
        var string = string
        return string.withUTF8 { hash($0) }
    }
}
