#pragma once

#include "Actor.h"
#include "DateRange.h"
#include "Decision.h"

#include <QString>
#include <vector>

namespace kenshu {

// The message sent with an approval request ("通信欄") holds at most this many characters.
inline constexpr int kMaxApprovalMessageLength = 200;

// What an approval request for a case report must satisfy (GLOSSARY.md, seed 001). The
// supervisor asked is RecordParties::reviewerId; the private remarks are not sent, so not here.
struct ApprovalRequestFacts
{
    QString message;
    DateRange carePeriod;
    // The certification periods of the facility chosen on the report; renewals together cover
    // a span, and an ended certification (認定終了) still covers care inside it.
    std::vector<DateRange> facilityCertifications;
    // The supervisor's certification periods; consecutive renewals together cover a span.
    std::vector<DateRange> reviewerCertifications;
};

// Whether the author may send this request to parties.reviewerId: a reviewer is chosen and is
// not the author, the message fits, the care period is valid, lies within the facility's
// certification and within the supervisor's.
Decision checkApprovalRequest(const ApprovalRequestFacts& facts, const RecordParties& parties);

} // namespace kenshu
