import Testing
@testable import QuoteTrail
