#pragma once

#include <QString>

namespace kenshu::deid {

// What a file says about text burned into its pixels (names, dates on screen captures and
// ultrasound frames), which no attribute-level de-identification can remove.
struct BurnedInTextHints
{
    QString burnedInAnnotation; // (0028,0301): "YES", "NO" or empty when absent
    QString modality;           // (0008,0060)
    QString sopClassUid;        // (0008,0016)
};

// Why the user must look at the images before they leave the workstation.
enum class BurnedInTextRisk {
    None,
    Declared,          // Burned In Annotation is YES
    LikelyForThisKind, // absent, and this kind of image often carries text
};

BurnedInTextRisk burnedInTextRisk(const BurnedInTextHints& hints);

// True when the user must look at the images and confirm before they leave the workstation:
// Burned In Annotation is YES, or it is absent and the kind of image often carries text
// (ultrasound, intravascular imaging, secondary and screen captures, photographs), as the
// Basic Profile's notes warn. An explicit NO is trusted.
bool needsBurnedInTextConfirmation(const BurnedInTextHints& hints);

} // namespace kenshu::deid
