import ArgumentParser

@main
struct Brief: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "A static site generator for annotated news briefings.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self, NewCommand.self, AnnotateCommand.self]
    )
}
