#pragma once

#include <QtGlobal>
#include <vector>

namespace kenshu {

// A DICOM lookup table (Modality LUT, VOI LUT or one palette colour, PS3.3 C.11), normalised the
// way DCMTK's dcmimgle reads one so that both map values alike.
class LookupTable final
{
public:
    // `descriptor` holds the three values of the LUT Descriptor: number of entries (0 = 65536),
    // first input value mapped (already interpreted as signed or unsigned by the caller) and
    // bits per entry. `words` is the LUT Data as 16-bit words; 8-bit entries packed two per
    // word (count == (entries + 1) / 2) are unpacked. Returns an empty table for no data.
    static LookupTable fromDescriptor(int entries, int firstMapped, int bitsPerEntry,
                                      const quint16* words, qsizetype wordCount);

    bool isEmpty() const { return m_entries.empty(); }
    int firstMapped() const { return m_first; }
    int lastMapped() const { return m_first + int(m_entries.size()) - 1; }
    int bits() const { return m_bits; }
    quint16 minimum() const { return m_minimum; }
    quint16 maximum() const { return m_maximum; }
    // The output for `input`; inputs outside the table map to its first or last entry.
    quint16 at(int input) const
    {
        const int index = qBound(0, input - m_first, int(m_entries.size()) - 1);
        return m_entries[size_t(index)];
    }

private:
    int m_first = 0;
    int m_bits = 16;
    quint16 m_minimum = 0;
    quint16 m_maximum = 0;
    std::vector<quint16> m_entries;
};

// Red, green and blue lookup tables of a PALETTE COLOR image.
struct Palette
{
    LookupTable red;
    LookupTable green;
    LookupTable blue;
};

} // namespace kenshu
