#include "BasicProfile.h"

#include <QHash>

namespace kenshu::deid {
namespace {

quint32 tagKey(quint16 group, quint16 element)
{
    return (quint32(group) << 16) | element;
}

const QHash<quint32, ProfileRule>& rulesByTag()
{
    static const QHash<quint32, ProfileRule> rules = [] {
        QHash<quint32, ProfileRule> byTag;
        for (const ProfileRule& rule : basicProfileRules())
            byTag.insert(tagKey(rule.group, rule.element), rule);
        return byTag;
    }();
    return rules;
}

// Groups 5000-501E (curves) and 6000-601E (overlays) repeat in even steps.
bool inRepeatingGroup(quint16 group, quint16 base)
{
    return (group & 0xFF01) == base;
}

} // namespace

std::optional<ProfileRule> basicProfileRule(quint16 group, quint16 element)
{
    // The table lists Curve Data as all of (50xx,xxxx).
    if (inRepeatingGroup(group, 0x5000))
        return ProfileRule{group, element, ProfileAction::X, "CurveData"};
    // The table removes Overlay Data (60xx,3000) and Overlay Comments (60xx,4000); Kenshu
    // removes the whole overlay, because the plane's other attributes without its data describe
    // an overlay that is not there.
    if (inRepeatingGroup(group, 0x6000))
        return ProfileRule{group, element, ProfileAction::X, "OverlayPlane"};
    const auto found = rulesByTag().constFind(tagKey(group, element));
    if (found == rulesByTag().constEnd())
        return std::nullopt;
    return *found;
}

DeidOperation operationFor(ProfileAction action, bool isUid, bool isSequence)
{
    switch (action) {
    case ProfileAction::X:
        return DeidOperation::Remove;
    case ProfileAction::XZU:
        return isSequence ? DeidOperation::CleanItems : DeidOperation::Remove;
    case ProfileAction::U:
        return isUid ? DeidOperation::RemapUids : DeidOperation::Remove;
    case ProfileAction::Z:
    case ProfileAction::XZ:
        return DeidOperation::Empty;
    case ProfileAction::D:
    case ProfileAction::ZD:
    case ProfileAction::XD:
    case ProfileAction::XZD:
        if (isSequence)
            return DeidOperation::Empty;
        return isUid ? DeidOperation::RemapUids : DeidOperation::Dummy;
    }
    return DeidOperation::Remove;
}

} // namespace kenshu::deid
