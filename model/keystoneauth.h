#pragma once

// Placeholder, replaced by the network work (issue: proxy-fetch and remote management).
class KeystoneAuth
{
};
