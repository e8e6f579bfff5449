import Testing
@testable import BriefMarkdown
