require "vacation";
vacation "alice";
