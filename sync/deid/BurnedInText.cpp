#include "BurnedInText.h"

#include <QStringList>
#include <algorithm>

namespace kenshu::deid {
namespace {

using namespace Qt::Literals::StringLiterals;

// Modalities whose images usually come from screens or cameras rather than a detector.
bool isTextProneModality(const QString& modality)
{
    static const QStringList modalities = {
        u"US"_s,    // ultrasound
        u"IVUS"_s,  // intravascular ultrasound
        u"IVOCT"_s, // intravascular optical coherence tomography
        u"SC"_s,    // secondary capture (not a defined term, but common)
        u"OT"_s,    // other
        u"XC"_s,    // external camera photography
        u"ES"_s,    // endoscopy
        u"GM"_s,    // general microscopy
        u"DOC"_s,   // document
    };
    return modalities.contains(modality.trimmed().toUpper());
}

bool isTextProneSopClass(const QString& sopClassUid)
{
    static const QStringList prefixes = {
        u"1.2.840.10008.5.1.4.1.1.7"_s,   // secondary capture images (all kinds)
        u"1.2.840.10008.5.1.4.1.1.6"_s,   // ultrasound image storage (all kinds)
        u"1.2.840.10008.5.1.4.1.1.3.1"_s, // ultrasound multi-frame image storage
    };
    const QString uid = sopClassUid.trimmed();
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString& prefix) {
        return uid == prefix || uid.startsWith(prefix + u'.');
    });
}

} // namespace

BurnedInTextRisk burnedInTextRisk(const BurnedInTextHints& hints)
{
    const QString declared = hints.burnedInAnnotation.trimmed().toUpper();
    if (declared == "YES"_L1)
        return BurnedInTextRisk::Declared;
    if (declared == "NO"_L1)
        return BurnedInTextRisk::None;
    return isTextProneModality(hints.modality) || isTextProneSopClass(hints.sopClassUid)
               ? BurnedInTextRisk::LikelyForThisKind
               : BurnedInTextRisk::None;
}

bool needsBurnedInTextConfirmation(const BurnedInTextHints& hints)
{
    return burnedInTextRisk(hints) != BurnedInTextRisk::None;
}

} // namespace kenshu::deid
