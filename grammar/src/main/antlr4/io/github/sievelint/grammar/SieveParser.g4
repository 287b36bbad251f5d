/*
 * The parser of RFC 5228 section 8.2 over the tokens of SieveLexer.
 */
parser grammar SieveParser;

options { tokenVocab = SieveLexer; }


start
    : commands EOF
    ;

commands
    : command*
    ;

command
    : IDENTIFIER arguments (SEMICOLON | block)
    ;

block
    : LBRACE commands RBRACE
    ;

arguments
    : argument* (test | testList)?
    ;

argument
    : stringList
    | string
    | NUMBER
    | TAG
    ;

testList
    : LPAREN test (COMMA test)* RPAREN
    ;

test
    : IDENTIFIER arguments
    ;

stringList
    : LBRACKET string (COMMA string)* RBRACKET
    ;

string
    : QUOTED_STRING
    | UNTERMINATED_STRING
    | multiLine
    ;

multiLine
    : (TEXT_START | TEXT_START_EXTRA) TEXT_LINE* (TEXT_END | TEXT_PARTIAL_LINE)
    ;

