# Carol answers at most once a week, and never to automatic mail or lists.
require ["vacation", "envelope"];

if anyof (header :contains "Auto-Submitted" "auto",
          exists ["List-Id"],
          envelope :is "from" "") {
  stop;
}

vacation :days 7 :subject "Parental leave"
  text:
Hello,

I am on parental leave until March. Your message has not been forwarded.
..Lines starting with a dot are dot-stuffed in a text: block.
.
;
