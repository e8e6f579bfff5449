import ArgumentParser

// PLACEHOLDER: replaced by the build pipeline (issue 2).
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into public/.")
    func run() async throws { throw ExitCode.failure }
}
