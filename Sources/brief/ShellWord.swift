/// A folder or file name as a shell reads it back: unchanged when it holds only characters
/// no shell treats specially, else in single quotes (a `'` inside closed, escaped, reopened),
/// so a hint such as `Next: brief serve --site DIR` can be pasted as printed.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./+=:,@%".unicodeScalars.contains(scalar))
        }
        if plain { return word }
        var out = "'"
        for character in word { out += character == "'" ? #"'\''"# : String(character) }
        return out + "'"
    }
}
