#pragma once

#include <QString>

class DcmDataset;

namespace kenshu {

// Why the pixel data of a loaded dataset cannot hold the frames its header declares (a
// truncated or damaged file), or an empty string when it can or there is no pixel data. Works
// on a dataset loaded with large values left on disk.
QString dicomPixelDataProblem(DcmDataset& dataset);

} // namespace kenshu
