require "vacation";
vacation "before";
