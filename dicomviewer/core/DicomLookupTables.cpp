#include "DicomLookupTables.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace kenshu {
namespace {

// One value of a descriptor that may be encoded as US or SS.
bool descriptorValue(DcmElement& element, unsigned long position, bool asSigned, int& value)
{
    Uint16 unsignedValue = 0;
    if (element.getUint16(unsignedValue, position).good()) {
        value = asSigned ? int(Sint16(unsignedValue)) : int(unsignedValue);
        return true;
    }
    Sint16 signedValue = 0;
    if (element.getSint16(signedValue, position).good()) {
        value = asSigned ? int(signedValue) : int(Uint16(signedValue));
        return true;
    }
    return false;
}

} // namespace

std::shared_ptr<const LookupTable> readLookupTable(DcmItem& item, const DcmTagKey& descriptor,
                                                   const DcmTagKey& data, bool signedInput)
{
    DcmElement* descriptorElement = nullptr;
    if (item.findAndGetElement(descriptor, descriptorElement).bad() || !descriptorElement ||
        descriptorElement->getVM() < 3)
        return nullptr;
    int entries = 0;
    int first = 0;
    int bits = 0;
    if (!descriptorValue(*descriptorElement, 0, false, entries) ||
        !descriptorValue(*descriptorElement, 1, signedInput, first) ||
        !descriptorValue(*descriptorElement, 2, false, bits))
        return nullptr;
    const Uint16* words = nullptr;
    unsigned long count = 0;
    if (item.findAndGetUint16Array(data, words, &count).bad() || !words || count == 0)
        return nullptr;
    auto table = std::make_shared<LookupTable>(
        LookupTable::fromDescriptor(entries, first, bits, words, qsizetype(count)));
    if (table->isEmpty())
        return nullptr;
    return table;
}

std::shared_ptr<const LookupTable>
readSequenceLookupTable(DcmItem& dataset, const DcmTagKey& sequence, bool signedInput)
{
    DcmItem* first = nullptr;
    if (dataset.findAndGetSequenceItem(sequence, first, 0).bad() || !first)
        return nullptr;
    return readLookupTable(*first, DCM_LUTDescriptor, DCM_LUTData, signedInput);
}

std::shared_ptr<const Palette> readPalette(DcmItem& dataset, bool signedInput)
{
    const auto red = readLookupTable(dataset, DCM_RedPaletteColorLookupTableDescriptor,
                                     DCM_RedPaletteColorLookupTableData, signedInput);
    const auto green = readLookupTable(dataset, DCM_GreenPaletteColorLookupTableDescriptor,
                                       DCM_GreenPaletteColorLookupTableData, signedInput);
    const auto blue = readLookupTable(dataset, DCM_BluePaletteColorLookupTableDescriptor,
                                      DCM_BluePaletteColorLookupTableData, signedInput);
    if (!red || !green || !blue)
        return nullptr;
    return std::make_shared<const Palette>(Palette{*red, *green, *blue});
}

} // namespace kenshu
