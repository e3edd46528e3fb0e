"""Care coordination (no Qt): transitions of care, referrals, result tracking, care plans,
care gaps, social needs, the communication log, remote monitoring, time tracking,
satisfaction surveys, and the clinic metrics built on them."""
