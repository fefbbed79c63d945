#pragma once

#include "Record.h"

namespace kenshu {
class LocalStore;
}

namespace kenshu::sync {

// Whether a comment's painted snapshot may leave the workstation. The snapshot is a flat PNG of
// a frame's pixels, so it may show what the image shows, patient data burned in included: it
// leaves only once that frame's image has left (de-identified and, where burned-in text was
// possible, confirmed by the user). A frame of a study that came from the server has left
// already. A comment without a snapshot, or any other record: true. Blocking: on the store's
// thread.
bool snapshotMayLeave(LocalStore& store, const Record& record);

} // namespace kenshu::sync
