#include "ImportTypes.h"

#include <algorithm>

namespace kenshu {

bool ImportOutcome::hasRejections() const
{
    return rejectedCount() > 0;
}

int ImportOutcome::skippedCount() const
{
    return int(std::count_if(issues.begin(), issues.end(), [](const ImportIssue& issue) {
        return issue.kind == ImportIssue::Kind::Skipped;
    }));
}

int ImportOutcome::rejectedCount() const
{
    return int(issues.size()) - skippedCount();
}

} // namespace kenshu
