import Testing
@testable import BriefSite
