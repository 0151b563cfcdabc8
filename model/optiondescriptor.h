#pragma once

// Placeholder, replaced by the work on config editing and health checks.
class OptionDescriptor
{
};
