/// Why `brief annotate` could not annotate an input, in words (where it is, a file or a line of
/// standard input, is added by whoever reports it).
struct AnnotateError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
