// Generated from obscenity's English list and data.ts by prefilterSource() in dataset.ts; rule.test.ts fails
// when it is stale and prints the new value. Kept as text so that start-up does not load obscenity.
export const PREFILTER_SOURCE =
  "\\b(?:a+(?:b+(?:o+(?:s+\\b|\\b)|b+o+(?:s+\\b|\\b))|r+s+(?:e+|s+e+)|s+s+)|c+(?:o+c+k+(?:s+|p+|e+(?:e+\\"
  + "b|\\b)|\\b)|u+(?:m+|n+t+)|r+a+p+)|d+(?:c+k+\\b|a+m+(?:i+t+\\b|m+i+t+\\b))|f+(?:a+g+|k+|u+(?:k+|\\b))|n"
  + "+i+g+(?:s+\\b|\\b)|p+(?:i+s+s+|r+(?:n+\\b|i+c+k+(?:s+\\b|\\b)))|s+(?:c+a+t+\\b|s+c+a+t+\\b|h+i+t+|t+f+u"
  + "+\\b)|t+(?:i+(?:t+(?:s+\\b|t+|i+e+s+|\\b)|d+d+i+e+s+)|r+a+n+y+|u+r+d+|w+a+t+)|w+(?:a+n+k+|h+(?:r+e+"
  + "\\b|o+(?:r+e+(?:s+(?:s+\\b|\\b)|\\b)|o+r+e+s+(?:s+\\b|\\b)))|t+f+\\b)|h+e+l+l+(?:s+\\b|\\b)|o+m+f+g+\\b)|("
  + "?:a+(?:b+(?:e+e+d+|b+e+e+d+)|f+r+i+c+o+o+n+|r+a+b+(?:u+s+h+|b+u+s+h+))|b+(?:a+s+(?:t+a+r+d+|s+t+"
  + "a+r+d+)|i+(?:t+c+h+|c+h+\\b)|l+(?:w+j+(?:b+|o+b+)|o+w+j+(?:b+|o+b+)|l+(?:w+j+(?:b+|o+b+)|o+w+j+(?"
  + ":b+|o+b+)))|b+l+(?:w+j+(?:b+|o+b+)|o+w+j+(?:b+|o+b+)|l+(?:w+j+(?:b+|o+b+)|o+w+j+(?:b+|o+b+)))|o+"
  + "(?:l+(?:o+c+k+|l+o+c+k+)|o+(?:b+|n+g+a+))|u+t+t+p+l+u+g+)|c+(?:h+i+n+(?:g+c+h+o+n+g+|k+)|u+(?:c+"
  + "k+|n+t+\\b))|d+(?:e+e+p+t+h+r+o+(?:a+t+|o+(?:a+t+|t+)|t+)|i+(?:c+k+|l+d+o+)|g+(?:y+s+(?:t+(?:l+|y"
  + "+l+)|s+t+(?:l+|y+l+))|g+y+s+(?:t+(?:l+|y+l+)|s+t+(?:l+|y+l+)))|o+(?:g+(?:y+s+(?:t+(?:l+|y+l+)|s+"
  + "t+(?:l+|y+l+))|g+y+s+(?:t+(?:l+|y+l+)|s+t+(?:l+|y+l+)))|u+b+l+e+ +p+e+n+e+t+r+a+)|y+k+e+|a+m+n+|"
  + "u+m+b+a+s+s+)|f+(?:g+g+o+t+|e+(?:l+(?:c+h+|l+(?:c+h+|a+t+))|e+l+(?:c+h+|l+(?:c+h+|a+t+)))|l+l+a+"
  + "t+|i+(?:n+g+e+r+b+a+n+g+|s+t+i+n+)|c+k+|[^]{1,4}c+k+|a+t+a+s+s+)|g+(?:n+g+b+a+n+g+|[^]{1,4}n+g+b"
  + "+a+n+g+)|h+(?:n+(?:d+j+o+b+|t+a+i+)|[^]{1,4}n+d+j+o+b+|e+(?:n+t+a+i+|e+n+t+a+i+)|o+o+k+e+r+)|j+("
  + "?:e+r+k+o+f+f+|i+z+z+|a+c+k+a+s+s+)|k+i+k+e+|l+(?:u+b+e+j+o+b+|a+r+d+a+s+s+)|n+(?:e+g+r+o+|g+g+("
  + "?:e+r+|a+)|i+g+g+(?:e+r+|a+))|o+r+g+(?:y+|i+e+s+)|p+(?:o+r+n+|s+s+y+|u+s+s+y+)|s+(?:h+i+t+\\b|l+u"
  + "+t+|s+l+u+t+|m+a+r+t+a+s+s+))";
