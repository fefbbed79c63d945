#include "ApprovalRequest.h"

#include "TextLength.h"

namespace kenshu {

Decision checkApprovalRequest(const ApprovalRequestFacts& facts, const RecordParties& parties)
{
    if (parties.reviewerId.isEmpty())
        return Decision::refuse(Refusal::NoReviewer);
    if (parties.reviewerId == parties.authorId)
        return Decision::refuse(Refusal::SelfRequest);
    if (characterCount(facts.message) > kMaxApprovalMessageLength)
        return Decision::refuse(Refusal::MessageTooLong);
    if (!facts.carePeriod.isValid() || facts.carePeriod.end.isNull())
        return Decision::refuse(Refusal::CarePeriodInvalid);
    if (!rangesCover(facts.facilityCertifications, facts.carePeriod))
        return Decision::refuse(Refusal::CareOutsideFacilityPeriod);
    if (!rangesCover(facts.reviewerCertifications, facts.carePeriod))
        return Decision::refuse(Refusal::ReviewerNotCertifiedForPeriod);
    return Decision::allow();
}

} // namespace kenshu
