#include "DicomCineTags.h"

#include "DicomValues.h"

#include <cstdlib>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcvrat.h>

namespace kenshu {
CineTimingTags readCineTimingTags(DcmItem& dataset)
{
    CineTimingTags tags;
    tags.frameTimeMs = dicomDecimal(dataset, DCM_FrameTime);
    tags.cineRate = dicomDecimal(dataset, DCM_CineRate);
    tags.recommendedDisplayFrameRate = dicomDecimal(dataset, DCM_RecommendedDisplayFrameRate);

    DcmElement* vector = nullptr;
    if (dataset.findAndGetElement(DCM_FrameTimeVector, vector).good() && vector) {
        const unsigned long count = vector->getVM();
        for (unsigned long i = 0; i < count; ++i) {
            Float64 value = 0;
            if (vector->getFloat64(value, i).bad()) {
                tags.frameTimeVectorMs.clear();
                break;
            }
            tags.frameTimeVectorMs.push_back(double(value));
        }
    }

    // Frame Increment Pointer (AT): which attribute holds the timing.
    DcmElement* pointerElement = nullptr;
    DcmTagKey pointer;
    if (dataset.findAndGetElement(DCM_FrameIncrementPointer, pointerElement).good() &&
        pointerElement && pointerElement->getTagVal(pointer, 0).good()) {
        if (pointer == DCM_FrameTime)
            tags.frameIncrementPointer = CineTimingTags::IncrementPointer::FrameTime;
        else if (pointer == DCM_FrameTimeVector)
            tags.frameIncrementPointer = CineTimingTags::IncrementPointer::FrameTimeVector;
        else
            tags.frameIncrementPointer = CineTimingTags::IncrementPointer::Other;
    }
    return tags;
}

} // namespace kenshu
