# sievelint: disable=vacation-missing-dayz
keep;
