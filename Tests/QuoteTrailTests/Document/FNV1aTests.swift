import Testing
@testable import QuoteTrail

@Suite struct FNV1aTests {
    /// The data files were keyed by scripts/build_language_model.py with the same function:
    /// these are the published FNV-1a 64 test vectors.
    @Test func matchesThePublishedVectors() {
        #expect(FNV1a.hash("") == 0xCBF2_9CE4_8422_2325)
        #expect(FNV1a.hash("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(FNV1a.hash("foobar") == 0x8594_4171_F739_67E8)
    }
}
