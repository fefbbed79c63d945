#include "DatasetDeidentifier.h"

#include "BasicProfile.h"
#include "UidRemapper.h"

#include <QStringList>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace kenshu::deid {
namespace {

constexpr const char* kMethod = "DICOM PS3.15 Basic Profile; UIDs remapped (Kenshu)";
constexpr const char* kBasicProfileCode = "113100";

// A harmless value that is valid for the VR; empty where no dummy makes sense (binary data).
const char* dummyValue(DcmEVR vr)
{
    switch (vr) {
    case EVR_DA:
        return "19000101";
    case EVR_TM:
        return "000000";
    case EVR_DT:
        return "19000101000000";
    case EVR_AS:
        return "000D";
    case EVR_IS:
    case EVR_DS:
    case EVR_US:
    case EVR_SS:
    case EVR_UL:
    case EVR_SL:
    case EVR_FL:
    case EVR_FD:
    case EVR_UV:
    case EVR_SV:
        return "0";
    case EVR_UR:
        return "urn:x-anonymized";
    case EVR_AE:
    case EVR_CS:
    case EVR_SH:
    case EVR_LO:
    case EVR_LT:
    case EVR_ST:
    case EVR_UT:
    case EVR_UC:
    case EVR_PN:
        return "ANONYMIZED";
    default:
        return nullptr;
    }
}

class Walker
{
public:
    explicit Walker(const UidRemapper& uids) : m_uids(uids) {}

    void walk(DcmItem& item)
    {
        // Backwards, so that removing an element does not move the ones still to visit.
        for (unsigned long i = item.card(); i-- > 0;) {
            DcmElement* element = item.getElement(i);
            if (!element)
                continue;
            const DcmTag& tag = element->getTag();
            if (tag.isPrivate()) {
                delete item.remove(i);
                ++counts.removed;
                continue;
            }
            const DcmEVR vr = element->ident();
            const bool isSequence = vr == EVR_SQ;
            const std::optional<ProfileRule> rule =
                basicProfileRule(tag.getGroup(), tag.getElement());
            if (!rule) {
                if (vr == EVR_UN) {
                    // Unknown to the data dictionary: its content cannot be checked.
                    delete item.remove(i);
                    ++counts.removed;
                } else if (vr == EVR_PN && element->getLength() > 0) {
                    element->clear();
                    ++counts.emptied;
                } else if (isSequence) {
                    walkItems(*element);
                }
                continue;
            }
            apply(item, i, *element, operationFor(rule->action, vr == EVR_UI, isSequence));
        }
    }

    DeidentificationCounts counts;

private:
    void apply(DcmItem& item, unsigned long index, DcmElement& element, DeidOperation operation)
    {
        switch (operation) {
        case DeidOperation::Remove:
            delete item.remove(index);
            ++counts.removed;
            return;
        case DeidOperation::Empty:
            element.clear();
            ++counts.emptied;
            return;
        case DeidOperation::Dummy:
            if (const char* dummy = dummyValue(element.ident()))
                element.putString(dummy);
            else
                element.clear();
            ++counts.replaced;
            return;
        case DeidOperation::RemapUids:
            remapUids(element);
            return;
        case DeidOperation::CleanItems:
            walkItems(element);
            return;
        }
    }

    void walkItems(DcmElement& element)
    {
        auto& sequence = static_cast<DcmSequenceOfItems&>(element);
        for (unsigned long i = 0; i < sequence.card(); ++i) {
            if (DcmItem* child = sequence.getItem(i))
                walk(*child);
        }
    }

    void remapUids(DcmElement& element)
    {
        OFString values;
        if (element.getOFStringArray(values).bad() || values.empty())
            return;
        QStringList remapped;
        for (const QString& uid : QString::fromLatin1(values.c_str()).split(u'\\'))
            remapped.append(uid.trimmed().isEmpty() ? QString() : m_uids.remap(uid));
        element.putString(remapped.join(u'\\').toLatin1().constData());
        ++counts.uidsRemapped;
    }

    const UidRemapper& m_uids;
};

bool hasBasicProfileCode(DcmItem& dataset)
{
    DcmItem* code = nullptr;
    for (signed long i = 0;
         dataset.findAndGetSequenceItem(DCM_DeidentificationMethodCodeSequence, code, i).good();
         ++i) {
        OFString value;
        if (code && code->findAndGetOFString(DCM_CodeValue, value).good() &&
            value == kBasicProfileCode)
            return true;
    }
    return false;
}

// Records what was done, keeping what an earlier de-identification recorded.
void markDeidentified(DcmItem& dataset)
{
    dataset.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
    OFString methods;
    dataset.findAndGetOFStringArray(DCM_DeidentificationMethod, methods);
    if (methods.find(kMethod) == OFString_npos) {
        const OFString combined = methods.empty() ? OFString(kMethod) : methods + "\\" + kMethod;
        dataset.putAndInsertString(DCM_DeidentificationMethod, combined.c_str());
    }
    if (hasBasicProfileCode(dataset))
        return;
    DcmItem* code = nullptr;
    if (dataset.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, code, -2).good() &&
        code) {
        code->putAndInsertString(DCM_CodeValue, kBasicProfileCode);
        code->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
        code->putAndInsertString(DCM_CodeMeaning, "Basic Application Confidentiality Profile");
    }
}

} // namespace

DeidentificationCounts deidentifyDataset(DcmItem& dataset, const UidRemapper& uids)
{
    Walker walker(uids);
    walker.walk(dataset);
    markDeidentified(dataset);
    return walker.counts;
}

} // namespace kenshu::deid
