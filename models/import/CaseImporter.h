#pragma once

#include "ImportFormat.h"
#include "ImportTypes.h"

#include <atomic>
#include <memory>
#include <vector>

namespace kenshu {

// Imports files and folders (a cath-lab CD with a DICOMDIR, loose DICOM files, PDFs) into a
// case: reads every file on a thread pool, sorts DICOM into studies and series by their UIDs,
// copies accepted files into the content-addressed blob store and records everything in one
// transaction, so a failure half way leaves the library as it was.
// run() blocks; call it from a worker thread, never from the GUI thread.
class CaseImporter final
{
public:
    using Formats = std::vector<std::shared_ptr<const ImportFormat>>;

    CaseImporter(QString dataDir, Formats formats);

    ImportOutcome run(const ImportRequest& request, const ImportProgressCallback& progress = {},
                      const std::atomic_bool* cancel = nullptr) const;

private:
    QString m_dataDir;
    Formats m_formats;
};

} // namespace kenshu
