/// A document id as a JSON Lines input gave it, echoed back in the same JSON type: `"a-7"`
/// stays a string and `7` a number, so ids join with the input in any pipeline.
enum JSONID: Codable, Hashable, Sendable {
    case string(String)
    case integer(Int64)
    case unsignedInteger(UInt64)
    case number(Double)

    init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        // Most specific first: a whole number stays whole (no `7.0` for `7`).
        if let string = try? value.decode(String.self) {
            self = .string(string)
        } else if let integer = try? value.decode(Int64.self) {
            self = .integer(integer)
        } else if let integer = try? value.decode(UInt64.self) {
            self = .unsignedInteger(integer)
        } else if let number = try? value.decode(Double.self) {
            self = .number(number)
        } else {
            throw AnnotateError("\"id\" must be a string or a number, found \(JSONKind.of(value))")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var value = encoder.singleValueContainer()
        switch self {
        case .string(let string): try value.encode(string)
        case .integer(let integer): try value.encode(integer)
        case .unsignedInteger(let integer): try value.encode(integer)
        case .number(let number): try value.encode(number)
        }
    }
}

/// The JSON type of a value that is not the one expected, in words for messages.
enum JSONKind {
    static func of(_ value: any SingleValueDecodingContainer) -> String {
        if value.decodeNil() { return "null" }
        if (try? value.decode(Bool.self)) != nil { return "true or false" }
        if (try? value.decode(String.self)) != nil { return "a string" }
        if (try? value.decode(Double.self)) != nil { return "a number" }
        if (try? value.decode([JSONIgnored].self)) != nil { return "an array" }
        return "an object"
    }

    /// Any JSON value, read and thrown away (to tell an array from an object).
    private struct JSONIgnored: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}
