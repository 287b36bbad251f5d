/*
 * The parser of RFC 5228 section 8.2 over the tokens of SieveLexer.
 */
parser grammar SieveParser;

options { tokenVocab = SieveLexer; }


start
    : (command | stray)* EOF
    ;

commands
    : (command | junk)*
    ;

// Not Sieve: a '}' with no open block, or text where a command belongs. Matching them here
// lets the parser report them and go on with the next command instead of skipping the file.
stray
    : RBRACE
    | junk
    ;

junk
    : junkToken+ SEMICOLON?
    | SEMICOLON
    ;

junkToken
    : argument
    | LPAREN
    | RPAREN
    | RBRACKET
    | COMMA
    | ERROR_CHAR
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
    : (TEXT_START | TEXT_START_EXTRA) TEXT_LINE* TEXT_END
    ;

