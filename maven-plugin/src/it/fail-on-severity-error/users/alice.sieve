require "vacation";
vacation "I am away";
