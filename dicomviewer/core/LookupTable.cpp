#include "LookupTable.h"

#include <algorithm>

namespace kenshu {
namespace {

constexpr int kMinimumBits = 8;
constexpr int kMaximumBits = 16;

int bitsFor(quint16 value)
{
    int bits = 0;
    while (value >> bits)
        ++bits;
    return bits;
}

} // namespace

LookupTable LookupTable::fromDescriptor(int entries, int firstMapped, int bitsPerEntry,
                                        const quint16* words, qsizetype wordCount)
{
    LookupTable table;
    if (!words || wordCount <= 0)
        return table;
    const qsizetype declared = entries == 0 ? 65536 : entries;
    table.m_first = firstMapped;
    if (wordCount == (declared + 1) / 2 && declared > 1) {
        // 8 bits allocated per entry: two entries in each little-endian word.
        table.m_entries.resize(size_t(declared));
        for (qsizetype i = 0; i < declared; ++i)
            table.m_entries[size_t(i)] = quint16((words[i / 2] >> (8 * (i % 2))) & 0xff);
    } else {
        // A table shorter or longer than declared is taken at its real length.
        table.m_entries.assign(words, words + std::min<qsizetype>(wordCount, 65536));
    }
    const quint16 largest = *std::max_element(table.m_entries.begin(), table.m_entries.end());
    // A bit depth outside 8..16 is a known encoder mistake: derive it from the largest entry.
    table.m_bits = bitsPerEntry >= kMinimumBits && bitsPerEntry <= kMaximumBits
                       ? bitsPerEntry
                       : std::clamp(bitsFor(largest), kMinimumBits, kMaximumBits);
    const quint16 mask = quint16((1u << table.m_bits) - 1u);
    for (quint16& entry : table.m_entries)
        entry &= mask;
    const auto [low, high] = std::minmax_element(table.m_entries.begin(), table.m_entries.end());
    table.m_minimum = *low;
    table.m_maximum = *high;
    return table;
}

} // namespace kenshu
