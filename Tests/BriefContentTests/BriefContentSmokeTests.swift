import Testing
@testable import BriefContent
