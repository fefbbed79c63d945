#include "PartyChecks.h"

namespace kenshu {

bool isAuthor(const Actor& actor, const RecordParties& parties)
{
    return !actor.memberId.isEmpty() && actor.memberId == parties.authorId;
}

Decision authorOnly(const Actor& actor, const RecordParties& parties)
{
    return require(isAuthor(actor, parties), Refusal::NotAuthor);
}

Decision authorEdit(const Actor& actor, const RecordParties& parties, Refusal lock)
{
    if (const Decision author = authorOnly(actor, parties); !author)
        return author;
    return Decision::refuse(lock);
}

Decision reviewerOnly(Role role, const Actor& actor, const RecordParties& parties)
{
    if (actor.role != role)
        return Decision::refuse(role == Role::Director ? Refusal::DirectorOnly
                                                       : Refusal::SupervisorOnly);
    if (isAuthor(actor, parties))
        return Decision::refuse(Refusal::SelfApproval);
    if (!parties.reviewerId.isEmpty() && actor.memberId != parties.reviewerId)
        return Decision::refuse(Refusal::NotAssignedReviewer);
    return Decision::allow();
}

} // namespace kenshu
