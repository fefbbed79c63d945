#pragma once

#include <QtGlobal>
#include <optional>
#include <vector>

namespace kenshu::deid {

// What DICOM PS3.15 Table E.1-1 prescribes for an attribute under the Basic Application Level
// Confidentiality Profile, in the standard's own codes, so the table reads like the standard.
// K (keep) and C (clean) appear only in the profile's options, which Kenshu does not implement.
enum class ProfileAction {
    X,   // remove
    Z,   // replace with a zero-length value
    D,   // replace with a non-zero-length dummy value
    U,   // replace the UID with one that is consistent within the set of instances
    ZD,  // Z unless D is needed for IOD conformance (Type 2 versus Type 1)
    XZ,  // X unless Z is needed (Type 3 versus Type 2)
    XD,  // X unless D is needed (Type 3 versus Type 1)
    XZD, // X unless Z or D is needed
    XZU, // X unless Z, or replacing the UIDs the sequence contains (U*), is needed
};

// One row of the table: a standard attribute and its action.
struct ProfileRule
{
    quint16 group;
    quint16 element;
    ProfileAction action;
    const char* keyword;
};

// What the de-identifier does to one element.
enum class DeidOperation {
    Remove,
    Empty,      // zero-length value; a sequence loses its items
    Dummy,      // a harmless non-empty value of the element's VR
    RemapUids,  // every UID value replaced by its consistent remapping
    CleanItems, // the sequence stays; each item is de-identified like the dataset
};

// Every row of PS3.15 (2024b) Table E.1-1 with a tag of its own, sorted by tag.
const std::vector<ProfileRule>& basicProfileRules();

// The rule for a standard attribute, including the repeating curve (50xx) and overlay (60xx)
// groups; nothing for attributes the profile keeps and for private attributes (which the
// de-identifier removes wholesale).
std::optional<ProfileRule> basicProfileRule(quint16 group, quint16 element);

// Resolves the standard's combined codes without an IOD table: whenever the standard allows
// keeping the attribute in a harmless form, Kenshu keeps it (D over Z over X), so that a Type 1
// or Type 2 attribute never goes missing. A dummy UID is a remapped UID; a sequence cannot hold
// a meaningful dummy, so it is emptied, except reference sequences (U*), whose items are kept
// and de-identified so that references to other instances survive.
DeidOperation operationFor(ProfileAction action, bool isUid, bool isSequence);

} // namespace kenshu::deid
