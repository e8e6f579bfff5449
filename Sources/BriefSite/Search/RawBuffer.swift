/// A growable run of plain values in memory allocated by hand: appending checks neither
/// uniqueness nor exclusive access and retains nothing. A value, not an owner: the one that
/// made it calls `deallocate()` once.
struct RawBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    /// The values in use; set it after writing past it within `reserve`d room.
    var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    subscript(index: Int) -> Element { base[index] }

    /// Makes room for `extra` more values past `count`.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(__always)
    mutating func append(_ value: Element) {
        reserve(1)
        base[count] = value
        count += 1
    }

    /// Appends the values of `values`.
    @inline(__always)
    mutating func append(contentsOf values: UnsafeBufferPointer<Element>) {
        guard let source = values.baseAddress else { return }
        reserve(values.count)
        (base + count).update(from: source, count: values.count)
        count += values.count
    }

    /// Lets the memory go, keeping a small buffer.
    mutating func removeAll() {
        base.deallocate()
        capacity = 16
        base = .allocate(capacity: capacity)
        count = 0
    }

    func deallocate() { base.deallocate() }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
