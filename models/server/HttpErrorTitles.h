#pragma once

// The error titles the HTTP layer sends on its own (docs/SERVER.md), spelled exactly as sent;
// the API's titles are ErrorTitles (domain/ApiError.h).
namespace HttpErrorTitles {
inline const char *const HeadersTooLarge = "Request Header Fields Too Large";
inline const char *const ServerBusy = "Server Busy";
} // namespace HttpErrorTitles
