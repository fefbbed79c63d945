#pragma once

namespace kenshu {

// Registers DCMTK's JPEG, JPEG-LS and RLE decoders and quiets its logger (DCMTK's messages can
// quote element values, which may be patient data). Safe to call from any thread, many times.
void ensureDcmtkReady();

} // namespace kenshu
