#pragma once

#include "CineTiming.h"

class DcmItem;

namespace kenshu {

// Reads the cine timing attributes of a dataset (DCMTK); see CineTiming::fromTags.
CineTimingTags readCineTimingTags(DcmItem& dataset);

} // namespace kenshu
