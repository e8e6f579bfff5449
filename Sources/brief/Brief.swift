import ArgumentParser

@main
struct Brief: AsyncParsableCommand {
    /// brief's version, printed by `brief --version`: the one place it is written.
    static let version = "0.10.0"

    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "A static site generator for annotated news briefings.",
        version: version,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self, NewCommand.self, AnnotateCommand.self]
    )
}
