#pragma once

// Which part of a meta edit an error is about; picks the location of CONTRACT.md section 3.
enum class EditPart
{
    User,
    Field,
    Value
};
