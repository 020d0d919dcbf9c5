#pragma once

// Which part of a meta edit an error is about; picks the location of docs/API.md section 4.
enum class EditPart
{
    User,
    Field,
    Value
};
