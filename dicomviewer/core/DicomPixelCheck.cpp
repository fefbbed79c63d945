#include "DicomPixelCheck.h"

#include "DicomValues.h"

#include <QCoreApplication>
#include <algorithm>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcxfer.h>

namespace kenshu {

QString dicomPixelDataProblem(DcmDataset& dataset)
{
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return {};
    const int rows = dicomInt(dataset, DCM_Rows, 0);
    const int columns = dicomInt(dataset, DCM_Columns, 0);
    const int frames = std::max(dicomInt(dataset, DCM_NumberOfFrames, 1), 1);
    const E_TransferSyntax transferSyntax = dataset.getOriginalXfer();
    const DcmXfer xfer(transferSyntax);
    // The messages keep the importer's translation context, where they were first written.
    if (xfer.isEncapsulated()) {
        auto* pixelData = dynamic_cast<DcmPixelData*>(element);
        DcmPixelSequence* sequence = nullptr;
        if (!pixelData ||
            pixelData->getEncapsulatedRepresentation(transferSyntax, nullptr, sequence).bad() ||
            !sequence) {
            return QCoreApplication::translate("DicomImportFormat",
                                               "The compressed pixel data cannot be read.");
        }
        // Item 0 is the offset table; every frame needs at least one fragment after it.
        const unsigned long fragments = sequence->card() > 0 ? sequence->card() - 1 : 0;
        if (fragments < static_cast<unsigned long>(frames)) {
            return QCoreApplication::translate(
                       "DicomImportFormat",
                       "The compressed pixel data holds %1 fragment(s) for %2 frame(s); the file "
                       "is incomplete.")
                .arg(fragments)
                .arg(frames);
        }
        return {};
    }
    const int bitsAllocated = dicomInt(dataset, DCM_BitsAllocated, 0);
    const int samples = dicomInt(dataset, DCM_SamplesPerPixel, 1);
    const qint64 pixels = qint64(rows) * columns * samples * frames;
    const qint64 expected = bitsAllocated == 1 ? (pixels + 7) / 8 : pixels * (bitsAllocated / 8);
    const qint64 actual = element->getLength();
    if (expected > 0 && actual < expected) {
        return QCoreApplication::translate(
                   "DicomImportFormat",
                   "The pixel data is shorter than the image size declares (%1 of %2 bytes); the "
                   "file is incomplete.")
            .arg(actual)
            .arg(expected);
    }
    return {};
}

} // namespace kenshu
