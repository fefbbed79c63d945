#pragma once

class DcmItem;

namespace kenshu::deid {

class UidRemapper;

// How many elements each kind of change touched, for the report to the user.
struct DeidentificationCounts
{
    int removed = 0;
    int emptied = 0;
    int replaced = 0;     // dummy values
    int uidsRemapped = 0; // elements whose UIDs were replaced
};

// Applies the Basic Application Level Confidentiality Profile (PS3.15 E.1, see BasicProfile.h)
// to a dataset in memory, in every item of every sequence at any depth:
// - the table's attributes are removed, emptied, replaced by dummies or get remapped UIDs;
// - all private attributes go, private creators included;
// - Kenshu also empties any other person name (PN) the table does not list, so that a name in an
//   attribute newer than the table cannot slip through, and removes attributes whose VR is
//   unknown (UN, not in the data dictionary), whose content it cannot inspect.
// Pixel data and everything else the profile keeps stay as they are. Afterwards the dataset says
// so: Patient Identity Removed = YES, De-identification Method and its code sequence (113100,
// the Basic Profile; Kenshu implements none of the options, so no other codes).
DeidentificationCounts deidentifyDataset(DcmItem& dataset, const UidRemapper& uids);

} // namespace kenshu::deid
