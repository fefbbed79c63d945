#pragma once

#include "LookupTable.h"

#include <memory>

class DcmItem;
class DcmTagKey;

namespace kenshu {

// Reads a LUT Descriptor / LUT Data pair from `item`; nullptr when absent or empty.
// `signedInput` says how to read the first mapped value (US or SS, PS3.3 C.11.1.1).
std::shared_ptr<const LookupTable> readLookupTable(DcmItem& item, const DcmTagKey& descriptor,
                                                   const DcmTagKey& data, bool signedInput);

// The table in the first item of a Modality LUT or VOI LUT Sequence; nullptr when absent.
std::shared_ptr<const LookupTable>
readSequenceLookupTable(DcmItem& dataset, const DcmTagKey& sequence, bool signedInput);

// The red, green and blue tables of a PALETTE COLOR image; nullptr when any is missing (for
// example segmented palettes, which Kenshu does not expand).
std::shared_ptr<const Palette> readPalette(DcmItem& dataset, bool signedInput);

} // namespace kenshu
