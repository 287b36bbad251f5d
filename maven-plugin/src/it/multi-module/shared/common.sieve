require "vacation";
vacation "shared";
