require "fileinto";
keep;
